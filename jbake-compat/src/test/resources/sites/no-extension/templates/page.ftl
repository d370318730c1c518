<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<p>rootpath "${content.rootpath}", uri "${content.uri}", noExtensionUri "${content.noExtensionUri!}"</p>
<h1>${content.title}</h1>
${content.body}
</body>
</html>
