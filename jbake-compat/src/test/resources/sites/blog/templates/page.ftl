<#include "header.ftl">
<main>
  <h1>${content.title}</h1>
  ${content.body}
  <p class="source">${content.sourceuri} as ${content.uri}, status ${content.status}</p>
</main>
<#include "footer.ftl">
