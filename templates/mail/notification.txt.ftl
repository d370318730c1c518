<#-- The plain-text part of the notification to the relationship manager. Texts: messages_<lang>.properties. -->
<#macro heading text>
${text}
${""?left_pad(text?length, "-")}
</#macro>
<#macro row label value>
<#if value?has_content>
<#if value?contains("\n")>
${label}:
<#list value?split("\n") as line>
    ${line}
</#list>
<#else>
${label}: ${value}
</#if>
</#if>
</#macro>
<#assign who = name?has_content?then(name, t("notification.visitor")) + organisation?has_content?then(" (" + organisation + ")", "")>
<#assign where = source.title?has_content?then("“" + source.title + "”", t("notification.website"))>
${t("notification.title")}

${t("notification.intro", who, where, receivedAt)}

${replyToProspect?then(t("notification.reply_to_prospect"), t("notification.no_reply_to"))}

<@heading t("section.fields")/>
<#list fields as field>
<@row field.label field.value/>
</#list>

<#if source.known>
<@heading t("section.source")/>
<@row t("source.title") source.title/>
<@row t("source.url") source.url.text/>
<@row t("source.kind") source.kindLabel/>
<@row (source.kind == "story")?then(t("source.story"), t("source.page")) source.slug/>
<@row t("source.lang") lang/>

</#if>
<#if referrer.text?has_content || utm?has_content>
<@heading t("section.origin")/>
<@row t("origin.referrer") referrer.text/>
<#list utm as parameter>
<@row parameter.key parameter.value/>
</#list>

</#if>
<@heading t("section.routing")/>
<#if routing.known>
<@row t("routing.manager") routing.managerName/>
<@row t("routing.sent_to") routing.recipient/>
<@row t("routing.rule") routing.ruleId/>
<@row t("routing.reason") routing.reason/>
<@row t("routing.fallback") routing.fallbackUsed?then(t("routing.fallback_yes"), t("routing.fallback_no"))/>
<#else>
<@row t("routing.recipient") routing.recipient/>
</#if>

<@heading t("section.admin")/>
<#if consent.known>
<@row t("admin.consent") consent.given?then(t("yes"), t("no"))/>
<@row t("admin.privacy_version") consent.privacyVersion/>
</#if>
<@row t("admin.form") formVersion?has_content?then(t("admin.form_version", formId, formVersion), formId)/>
<@row t("admin.lead_id") leadId/>
<@row t("admin.received") receivedAt/>
