<#include "header.ftl">
<h1>${config.site_title}</h1>
<#list published_posts as post>
<article>
  <h2><a href="${post.uri}">${post.title}</a></h2>
  <p><time>${post.date?string("yyyy-MM-dd")}</time></p>
  ${post.body}
</article>
</#list>
<aside>
  <h2>All tags</h2>
  <ul><#list alltags as t><li>${t}</li></#list></ul>
  <p>${db.getPublishedContent("page")?size} pages, ${published_content?size} published documents, ${all_content?size} documents in all.</p>
</aside>
<#include "footer.ftl">
