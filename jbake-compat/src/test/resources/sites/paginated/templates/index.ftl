<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>News, page ${currentPageNumber}</title></head>
<body>
<h1>News</h1>
<#list published_posts as post>
<article>
  <h2><a href="${content.rootpath}${post.uri}">${post.title}</a></h2>
  ${post.body}
</article>
</#list>
<nav>
  <#if previousFileName??><a rel="prev" href="${content.rootpath}${previousFileName}">Newer</a></#if>
  <span>Page ${currentPageNumber} of ${numberOfPages}</span>
  <#if nextFileName??><a rel="next" href="${content.rootpath}${nextFileName}">Older</a></#if>
</nav>
</body>
</html>
