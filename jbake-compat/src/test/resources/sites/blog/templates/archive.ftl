<#include "header.ftl">
<h1>Archive</h1>
<#assign month = "">
<#list published_posts as post>
  <#if post.date?string("MMMM yyyy") != month>
    <#assign month = post.date?string("MMMM yyyy")>
    <h2>${month}</h2>
  </#if>
  <p>${post.date?string("dd")} - <a href="${post.uri}">${post.title}</a></p>
</#list>
<p>${posts?size} posts written, ${published_posts?size} published.</p>
<#include "footer.ftl">
