<#-- The notification's subject: "Nieuwe lead: <organisation, else name> – <topic>". One line; line breaks in
     the values become spaces and it is cut at 200 characters. -->
<#assign who = organisation?has_content?then(organisation, name)>
<#assign about = [who, topic]?filter(part -> part?has_content)?join(" – ")>
<#if about?has_content>${t("notification.subject_about", t("notification.subject"), about)}<#else>${t("notification.subject")}</#if>
