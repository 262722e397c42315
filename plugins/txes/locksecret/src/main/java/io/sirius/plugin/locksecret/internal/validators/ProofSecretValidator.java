package io.sirius.plugin.locksecret.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.locksecret.internal.config.SecretLockConfig;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.locksecret.model.ProofSecretNotification;
import java.util.Optional;

/**
 * A proof's algorithm is implemented, its size lies within {@code [minProofSize, maxProofSize]}, and it hashes to the
 * secret. Sirius runs it with the stateful validators because that is where its config is; it reads no state, and
 * hashing is work worth spreading over the cores.
 */
public final class ProofSecretValidator implements StatelessValidator<ProofSecretNotification> {

    @Override
    public Class<ProofSecretNotification> notificationType() {
        return ProofSecretNotification.class;
    }

    @Override
    public ResultCode validate(ProofSecretNotification notification, ValidationContext context) {
        Optional<LockHashAlgorithm> algorithm = LockHashAlgorithm.fromCode(notification.hashAlgorithm());
        if (algorithm.isEmpty()) {
            return LockSecretResults.HASH_NOT_IMPLEMENTED;
        }
        SecretLockConfig config = context.config(SecretLockConfig.SECTION);
        byte[] proof = notification.proof();
        if (proof.length < config.minProofSize() || proof.length > config.maxProofSize()) {
            return LockSecretResults.PROOF_SIZE_OUT_OF_BOUNDS;
        }
        return algorithm.get().hash(proof).equals(notification.secret())
                ? ResultCodes.SUCCESS
                : LockSecretResults.SECRET_MISMATCH;
    }
}
