package io.interviews.gateway.webhook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    @Test
    void signsTheStandardWebhooksSpecificationsExample() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void everySecretIsNewAndSignsDifferently() {
        String first = WebhookSignature.newSecret();
        String second = WebhookSignature.newSecret();
        assertTrue(first.matches("whsec_[A-Za-z0-9+/]{43}="), first);
        assertNotEquals(first, second);
        assertNotEquals(WebhookSignature.sign(first, "id", 1, "{}"), WebhookSignature.sign(second, "id", 1, "{}"));
    }
}
