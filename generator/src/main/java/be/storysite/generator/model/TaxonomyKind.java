package be.storysite.generator.model;

import be.storysite.generator.config.Sections;
import java.util.Locale;

/** The four ways stories are grouped, each with static filter pages. */
public enum TaxonomyKind {
    SECTOR, SERVICE, REGION, TAG;

    /** The URL word of this taxonomy in a language, e.g. {@code regio}. */
    public String section(Sections sections) {
        return switch (this) {
            case SECTOR -> sections.sector();
            case SERVICE -> sections.service();
            case REGION -> sections.region();
            case TAG -> sections.tag();
        };
    }

    /** The name templates and message keys use: {@code sector}, {@code service}, {@code region}, {@code tag}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
