<#include "header.ftl">
<h1>Tags</h1>
<ul>
<#list tags as t>
  <li><a href="${content.rootpath}${t.uri}">${t.name}</a> (${t.tagged_posts?size} posts, ${t.tagged_documents?size} documents)</li>
</#list>
</ul>
<#include "footer.ftl">
