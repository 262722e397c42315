package io.sirius.plugin.locksecret.internal.plugin;

import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.locksecret.model.ProofPublicationNotification;
import io.sirius.plugin.locksecret.model.ProofSecretNotification;
import io.sirius.plugin.locksecret.model.SecretLockHashAlgorithmNotification;
import io.sirius.plugin.locksecret.model.SecretProofTransaction;

/**
 * Publishes a secret proof's notifications in Sirius's order: the algorithm is checked, the proof is checked against
 * the secret, and the proof is published (the lock is used and pays its recipient).
 */
public final class SecretProofTransactionHandler implements TransactionHandler<SecretProofTransaction> {

    @Override
    public void publish(SecretProofTransaction proof, TransactionContext context, NotificationSink sink) {
        sink.publish(new SecretLockHashAlgorithmNotification(proof.hashAlgorithm()));
        sink.publish(new ProofSecretNotification(proof.hashAlgorithm(), proof.secret(), proof.proof()));
        sink.publish(new ProofPublicationNotification(context.signer(), proof.hashAlgorithm(), proof.secret(),
                proof.recipient()));
    }
}
