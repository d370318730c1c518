<#include "header.ftl">
<h1>Tagged "${tag}"</h1>
<ul>
<#list tag_posts as post>
  <li>${post.date?string("yyyy-MM-dd")} <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
</#list>
</ul>
<p>${tagged_documents?size} documents carry this tag.</p>
<#include "footer.ftl">
