<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Projects</title></head>
<body>
<h1>Projects</h1>
<ul>
<#list published_projects as project>
  <li><a href="${project.uri}">${project.title}</a> for ${project.client}</li>
</#list>
</ul>
<p>${projects?size} projects in all, ${db.getPublishedContent("project")?size} published.</p>
<#assign team = data.get("team.yaml")>
<h2>Team led by ${team.lead}</h2>
<ul><#list team.members as member><li>${member.name}, ${member.role}</li></#list></ul>
<p>Offices: <#list data.get("offices.yml").data as office>${office}<#sep>, </#list></p>
</body>
</html>
