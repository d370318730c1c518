<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${tag}</title></head>
<body>
<p>rootpath "${content.rootpath}"</p>
<ul><#list tag_posts as post><li><a href="${content.rootpath}${post.noExtensionUri!post.uri}">${post.title}</a></li></#list></ul>
</body>
</html>
