<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Files</title><link rel="stylesheet" href="css/site.css"></head>
<body>
<ul><#list published_pages as page><li><a href="${page.uri}">${page.title}</a></li></#list></ul>
</body>
</html>
