<#include "header.ftl">
<h1>Page not found</h1>
<p>Try the <a href="${content.rootpath}archive.html">archive</a>.</p>
<#include "footer.ftl">
