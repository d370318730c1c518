package be.storysite.leads.model;

/**
 * The prospect's consent to be contacted.
 *
 * @param given whether the consent box was ticked
 * @param privacyVersion the version of the privacy notice shown with it, e.g. {@code 2024-05}
 */
public record Consent(boolean given, String privacyVersion) {
}
