package be.storysite.generator.pipeline;

import java.util.Date;

/**
 * What templates may print about the build itself: JBake's {@code version} and {@code published_date}.
 *
 * @param version the generator's version
 * @param date when the build ran
 */
public record BuildStamp(String version, Date date) {
}
