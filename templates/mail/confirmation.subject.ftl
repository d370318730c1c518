<#-- The confirmation's subject. The model has only name, company and managerName: nothing else the prospect
     typed, so the form cannot send arbitrary text to arbitrary addresses. -->
${t("confirmation.subject", company)}
