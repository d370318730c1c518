<#-- The notification's subject: "Nieuwe lead: <organisation, else name> – <topic>". One line; line breaks in
     the values become spaces and it is cut at 200 characters. -->
<#assign who = organisation?has_content?then(organisation, name)>
${t("notification.subject")}<#if who?has_content>: ${who}</#if><#if topic?has_content><#if who?has_content> – <#else>: </#if>${topic}</#if>
