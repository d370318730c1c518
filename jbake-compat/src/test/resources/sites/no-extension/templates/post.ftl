<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<p>rootpath "${content.rootpath}", uri "${content.uri}", noExtensionUri "${content.noExtensionUri!}"</p>
<p><a href="${content.rootpath}index.html">Home</a></p>
<h1>${content.title}</h1>
${content.body}
<#if content.previousContent??><a rel="prev" href="${content.rootpath}${content.previousContent.noExtensionUri!content.previousContent.uri}">${content.previousContent.title}</a></#if>
<#if content.nextContent??><a rel="next" href="${content.rootpath}${content.nextContent.noExtensionUri!content.nextContent.uri}">${content.nextContent.title}</a></#if>
</body>
</html>
