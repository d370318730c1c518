<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${content.title}</title><link rel="stylesheet" href="${content.rootpath}css/site.css"></head>
<body>
<h1>${content.title}</h1>
${content.body}
</body>
</html>
