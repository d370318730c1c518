<#-- The plain-text part of the confirmation to the prospect (model: name, company, managerName). -->
${t("confirmation.subject", company)}

${name?has_content?then(t("confirmation.greeting", name), t("confirmation.greeting_without_name"))}

${t("confirmation.thanks", company)}

<#if managerName?has_content>
${t("confirmation.contact", managerName)}

</#if>
${t("confirmation.footer")}
