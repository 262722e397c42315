package io.sirius.plugin.locksecret.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.notification.Notification;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.model.ProofPublicationNotification;
import io.sirius.plugin.locksecret.model.ProofSecretNotification;
import io.sirius.plugin.locksecret.model.SecretLockHashAlgorithmNotification;
import io.sirius.plugin.locksecret.model.SecretProofTransaction;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretProofTransactionHandlerTest {

    @Test
    void publishesTheAlgorithmTheProofAndThePublicationInSiriussOrder() {
        // Arrange: the publisher need not be the recipient
        var proof = new SecretProofTransaction(1, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved(), Fixtures.PROOF);
        List<Notification> published = new ArrayList<>();

        // Act
        new SecretProofTransactionHandler().publish(proof, ContextBuilder.context().signer(Fixtures.OWNER)
                .type(LockSecretTypes.SECRET_PROOF).transaction(), published::add);

        // Assert
        assertEquals(List.of(
                new SecretLockHashAlgorithmNotification(1),
                new ProofSecretNotification(1, Fixtures.SHA3_SECRET, Fixtures.PROOF),
                new ProofPublicationNotification(Fixtures.OWNER, 1, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved())),
                published);
    }
}
