package be.storysite.leads.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bucket's arithmetic, on a clock the test moves. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstThenTheRate() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.waitForToken(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(bucket.tryTake(SECOND / 4)).isFalse();
        assertThat(bucket.tryTake(SECOND / 2)).isTrue();
        assertThat(bucket.tryTake(SECOND / 2)).isFalse();
        // a long pause refills to the burst, not beyond
        assertThat(bucket.isFull(100 * SECOND)).isTrue();
        int taken = 0;
        while (bucket.tryTake(100 * SECOND)) {
            taken++;
        }
        assertThat(taken).isEqualTo(3);
    }

    @Test
    void refusedAttemptsCostNothingAndRefusedPostsGiveTheirTokenBack() {
        TokenBucket bucket = new TokenBucket(1, 1, 0);
        assertThat(bucket.tryTake(0)).isTrue();
        for (int i = 1; i < 10; i++) {
            assertThat(bucket.tryTake(i * SECOND / 10)).isFalse();
        }
        // ten refusals did not push the next token further away
        assertThat(bucket.tryTake(SECOND)).isTrue();
        bucket.giveBack(SECOND);
        assertThat(bucket.tryTake(SECOND)).isTrue();
        bucket.giveBack(SECOND);
        bucket.giveBack(SECOND);
        assertThat(bucket.isFull(SECOND)).isTrue();
        assertThat(bucket.tryTake(SECOND)).isTrue();
        assertThat(bucket.tryTake(SECOND)).isFalse();
    }
}
