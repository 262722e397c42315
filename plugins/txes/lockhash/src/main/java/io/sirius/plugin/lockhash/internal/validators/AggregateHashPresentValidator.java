package io.sirius.plugin.lockhash.internal.validators;

import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockView;
import java.util.Optional;

/**
 * A bonded aggregate (0x4241, 0x4441) is confirmed only while an active lock of its hash exists (one Sirius would
 * not have pruned); other transactions pass. This is the confirmation-time check; admitting a bonded aggregate to the
 * partial cache is the aggregate plugin's, which can read the same cache through
 * {@link io.sirius.plugin.lockhash.state.HashLockView}.
 */
public final class AggregateHashPresentValidator implements StatefulValidator<TransactionNotification> {

    @Override
    public Class<TransactionNotification> notificationType() {
        return TransactionNotification.class;
    }

    @Override
    public ResultCode validate(TransactionNotification notification, StatefulValidationContext context) {
        if (!LockHashTypes.isBondedAggregate(notification.type())) {
            return ResultCodes.SUCCESS;
        }
        Optional<HashLockInfo> lock = HashLockView.of(context.state()).find(notification.hash());
        if (lock.isEmpty() || lock.get().isPruned(context.height(), context.chainConfig())) {
            return LockHashResults.HASH_DOES_NOT_EXIST;
        }
        return lock.get().isActive(context.height()) ? ResultCodes.SUCCESS : LockHashResults.INACTIVE_HASH;
    }
}
