<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title><#if (content.title)??>${content.title} | </#if>${config.site_title}</title>
  <link rel="stylesheet" href="${content.rootpath}css/site.css">
</head>
<body>
<nav>
  <a href="${content.rootpath}index.html">Home</a>
  <a href="${content.rootpath}archive.html">Archive</a>
  <a href="${content.rootpath}tags/index.html">Tags</a>
  <#list published_pages as p><a href="${content.rootpath}${p.uri}">${p.title}</a></#list>
</nav>
