package be.storysite.generator.config;

import java.util.List;

/**
 * The publisher of the site, for the footer and the JSON-LD {@code Organization}.
 *
 * @param name e.g. {@code Vicinia}
 * @param url its home page
 * @param logo a site path of its logo, e.g. {@code /assets/images/logo.svg}; empty when none
 * @param email a public address; empty when none
 * @param telephone a public number; empty when none
 * @param sameAs profiles elsewhere (LinkedIn, ...)
 */
public record Organization(String name, String url, String logo, String email, String telephone,
        List<String> sameAs) {

    public Organization {
        sameAs = List.copyOf(sameAs);
    }
}
