package be.storysite.forms;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator renders forms with Freemarker: the records must read naturally there. */
class TemplateUseTest {

    @Test
    void fieldsReadNaturallyInFreemarker() throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        Template template = new Template("form", new StringReader("""
                <#list form.fields as field>${field.name} ${field.typeName} "${field.label(lang)}" \
                ${field.required?c} ${field.maxLength} [${field.autocomplete}]\
                <#list field.choices as c> ${c.value}=${c.label(lang)}</#list>
                </#list>${form.submitLabel(lang)} ${form.thankYouPage(lang)} ${form.honeypotField}"""), cfg);
        StringWriter out = new StringWriter();

        template.process(Map.of("form", TestForms.contact(), "lang", "fr"), out);

        assertThat(out.toString()).startsWith("""
                name text "name fr" true 20 []
                email email "email fr" true 254 []
                phone tel "phone fr" false 32 []
                organisation_type select "organisation_type fr" true 100 [] gemeente=Commune ocmw=CPAS
                """).endsWith("consent checkbox \"consent fr\" true 10 []\nEnvoyer /fr/merci/ website");
    }
}
