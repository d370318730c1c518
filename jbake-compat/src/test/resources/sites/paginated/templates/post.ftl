<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<p><a href="${content.rootpath}index.html">All news</a></p>
<h1>${content.title}</h1>
<p>${content.date?string("EEEE d MMMM yyyy")}</p>
${content.body}
</body>
</html>
