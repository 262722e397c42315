package io.sirius.plugin.locksecret.internal.validators;

import io.sirius.api.model.Address;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.locksecret.model.ProofPublicationNotification;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockView;
import java.util.Optional;

/**
 * A published proof names a lock that exists (and that Sirius would not have pruned), is active (unused, not ended)
 * and uses the proof's algorithm. A recipient alias that does not resolve names no lock.
 */
public final class ProofValidator implements StatefulValidator<ProofPublicationNotification> {

    @Override
    public Class<ProofPublicationNotification> notificationType() {
        return ProofPublicationNotification.class;
    }

    @Override
    public ResultCode validate(ProofPublicationNotification notification, StatefulValidationContext context) {
        Optional<Address> recipient = context.resolvers().resolve(notification.recipient());
        if (recipient.isEmpty()) {
            return LockSecretResults.UNKNOWN_COMPOSITE_KEY;
        }
        Optional<SecretLockInfo> lock = SecretLockView.of(context.state())
                .find(SecretLockInfo.compositeHash(notification.secret(), recipient.get()));
        if (lock.isEmpty() || lock.get().isPruned(context.height(), context.chainConfig())) {
            return LockSecretResults.UNKNOWN_COMPOSITE_KEY;
        }
        if (!lock.get().isActive(context.height())) {
            return LockSecretResults.INACTIVE_SECRET;
        }
        return lock.get().hashAlgorithm().code() == notification.hashAlgorithm()
                ? ResultCodes.SUCCESS
                : LockSecretResults.HASH_ALGORITHM_MISMATCH;
    }
}
