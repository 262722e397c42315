package io.sirius.plugin.lockhash.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.lockhash.model.HashLockNotification;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockView;
import java.util.Optional;

/**
 * No lock of the hash exists yet. A lock Sirius would have pruned (ended more than {@code maxRollbackBlocks} ago) no
 * longer counts, so an aggregate whose lock ended can be locked again, as on Sirius.
 */
public final class HashLockCacheUniqueValidator implements StatefulValidator<HashLockNotification> {

    @Override
    public Class<HashLockNotification> notificationType() {
        return HashLockNotification.class;
    }

    @Override
    public ResultCode validate(HashLockNotification notification, StatefulValidationContext context) {
        Optional<HashLockInfo> existing = HashLockView.of(context.state()).find(notification.hash());
        return existing.isPresent()
                && !existing.get().isPruned(context.height(), context.chainConfig())
                ? LockHashResults.HASH_EXISTS
                : ResultCodes.SUCCESS;
    }
}
