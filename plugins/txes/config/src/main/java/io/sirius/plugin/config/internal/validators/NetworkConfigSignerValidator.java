package io.sirius.plugin.config.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.plugin.config.model.NetworkConfigSignerNotification;
import java.util.Optional;

/**
 * Only the network's key, the {@code [network] publicKey} of the configuration in force at the current height, may
 * schedule a network configuration. With no configuration in force nobody may.
 */
public final class NetworkConfigSignerValidator implements StatefulValidator<NetworkConfigSignerNotification> {

    @Override
    public Class<NetworkConfigSignerNotification> notificationType() {
        return NetworkConfigSignerNotification.class;
    }

    @Override
    public ResultCode validate(NetworkConfigSignerNotification notification, StatefulValidationContext context) {
        Optional<NetworkConfiguration> current = ConfigInForce.at(context);
        return current.isPresent() && current.get().networkPublicKey().equals(notification.signer())
                ? ResultCodes.SUCCESS
                : NetworkConfigResults.INVALID_SIGNER;
    }
}
