<#include "header.ftl">
<article>
  <h1>${content.title}</h1>
  <p class="meta"><time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("d MMMM yyyy")}</time></p>
  <#if content.tags??>
  <ul class="tags"><#list content.tags as tag><li><a href="${content.rootpath}tags/${tag}.html">${tag}</a></li></#list></ul>
  </#if>
  ${content.body}
  <nav class="pager">
    <#if content.previousContent??><a rel="prev" href="${content.rootpath}${content.previousContent.uri}">${content.previousContent.title}</a></#if>
    <#if content.nextContent??><a rel="next" href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title}</a></#if>
  </nav>
</article>
<#include "footer.ftl">
