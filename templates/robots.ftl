<#if site.preview>
# A preview build: keep every robot out.
User-agent: *
Disallow: /
<#else>
User-agent: *
Allow: /

Sitemap: ${site.base_url}/sitemap.xml
</#if>
