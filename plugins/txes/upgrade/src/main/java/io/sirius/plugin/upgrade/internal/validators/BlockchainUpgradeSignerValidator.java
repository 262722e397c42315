package io.sirius.plugin.upgrade.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeSignerNotification;

/**
 * Only the network's key, the {@code [network] publicKey} of the configuration in force at the current height, may
 * schedule an upgrade. With no configuration in force nobody may.
 */
public final class BlockchainUpgradeSignerValidator implements StatefulValidator<BlockchainUpgradeSignerNotification> {

    @Override
    public Class<BlockchainUpgradeSignerNotification> notificationType() {
        return BlockchainUpgradeSignerNotification.class;
    }

    @Override
    public ResultCode validate(BlockchainUpgradeSignerNotification notification, StatefulValidationContext context) {
        return NetworkKeyInForce.at(context)
                .filter(key -> key.equals(notification.signer()))
                .isPresent() ? ResultCodes.SUCCESS : BlockchainUpgradeResults.INVALID_SIGNER;
    }
}
