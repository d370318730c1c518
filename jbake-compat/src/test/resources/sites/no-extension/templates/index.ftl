<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Notes</title></head>
<body>
<ul>
<#list published_posts as post>
  <li><a href="${content.rootpath}${post.noExtensionUri!post.uri}">${post.title}</a> (uri ${post.uri})</li>
</#list>
</ul>
</body>
</html>
