<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<p><a href="${content.rootpath}index.html">All projects</a></p>
<h1>${content.title}</h1>
<p>Client: ${content.client}. Type: ${content.type}.</p>
<#if content.metrics??><p>${content.metrics.users} users, ${content.metrics.uptime} uptime.</p></#if>
${content.body}
</body>
</html>
