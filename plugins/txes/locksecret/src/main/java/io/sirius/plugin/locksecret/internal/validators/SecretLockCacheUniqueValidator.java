package io.sirius.plugin.locksecret.internal.validators;

import io.sirius.api.model.Address;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.locksecret.model.SecretLockNotification;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockView;
import java.util.Optional;

/**
 * No lock exists yet under the new lock's secret and recipient. A lock Sirius would have pruned (ended more than
 * {@code maxRollbackBlocks} ago) no longer counts, so its key can be locked again, as on Sirius.
 *
 * <p>A recipient alias that no active namespace resolves fails with the generic failure: Sirius would lock the funds
 * for the alias's raw bytes, which no proof of a real address can reach.
 */
public final class SecretLockCacheUniqueValidator implements StatefulValidator<SecretLockNotification> {

    @Override
    public Class<SecretLockNotification> notificationType() {
        return SecretLockNotification.class;
    }

    @Override
    public ResultCode validate(SecretLockNotification notification, StatefulValidationContext context) {
        Optional<Address> recipient = context.resolvers().resolve(notification.recipient());
        if (recipient.isEmpty()) {
            return ResultCodes.FAILURE;
        }
        Optional<SecretLockInfo> existing = SecretLockView.of(context.state())
                .find(SecretLockInfo.compositeHash(notification.secret(), recipient.get()));
        return existing.isPresent() && !existing.get().isPruned(context.height(), context.chainConfig())
                ? LockSecretResults.HASH_EXISTS
                : ResultCodes.SUCCESS;
    }
}
