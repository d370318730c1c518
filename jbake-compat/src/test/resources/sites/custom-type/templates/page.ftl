<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<h1>${content.title}</h1>
${content.body}
<p>${published_projects?size} published projects.</p>
</body>
</html>
