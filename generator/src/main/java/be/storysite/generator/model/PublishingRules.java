package be.storysite.generator.model;

import be.storysite.core.diagnostic.Diagnostics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what is published. Drafts and future-dated content are left out unless asked for; a story without
 * {@code approved} is left out with a warning naming it (its quotes were not signed off). A preview build keeps
 * all of them, each with the reasons it would otherwise be left out, for a banner.
 *
 * <pre>{@code
 * PublishingRules rules = new PublishingRules(false, false, false, LocalDate.now());
 * rules.decide(story, problems);   // Optional.empty() for a draft: it appears nowhere
 * }</pre>
 *
 * @param drafts keep drafts ({@code --drafts})
 * @param future keep future-dated content ({@code --future})
 * @param preview keep everything, with reasons
 * @param today the build's date, in the site's time zone
 */
public record PublishingRules(boolean drafts, boolean future, boolean preview, LocalDate today) {

    /** The reasons the content is kept despite them, or empty when it is left out. */
    public Optional<List<PreviewReason>> decide(Content content, Diagnostics problems) {
        List<PreviewReason> reasons = new ArrayList<>();
        ContentMeta meta = content.meta();
        if (meta.broken()) {
            // A build with errors writes nothing, so keeping the stand-in costs nothing there and spares the links
            // to it from being reported as broken; a preview shows it as a draft listing its errors.
            if (!preview) {
                return Optional.of(List.of());
            }
            reasons.add(PreviewReason.ERRORS);
        }
        if (meta.draft()) {
            if (!(drafts || preview)) {
                return Optional.empty();
            }
            reasons.add(PreviewReason.DRAFT);
        }
        if (meta.date().filter(d -> d.isAfter(today)).isPresent()) {
            if (!(future || preview)) {
                return Optional.empty();
            }
            reasons.add(PreviewReason.FUTURE);
        }
        if (content instanceof Story story && story.approved().isEmpty()) {
            if (!preview) {
                problems.warning(meta.file().header().end(), "story '" + meta.slug()
                        + "' is left out: it has no 'approved' date, so the customer has not signed off its quotes",
                        "add  approved: <date of the sign-off>  once the customer has approved the text");
                return Optional.empty();
            }
            // the preview shows it, but says what build will do: "0 warning(s)" there would hide it
            problems.warning(meta.file().header().end(), "story '" + meta.slug() + "' will be left out by build: "
                    + "it has no 'approved' date, so the customer has not signed off its quotes (the preview shows it "
                    + "with a banner)", "add  approved: <date of the sign-off>  once the customer has approved the text");
            reasons.add(PreviewReason.UNAPPROVED);
        }
        return Optional.of(List.copyOf(reasons));
    }
}
