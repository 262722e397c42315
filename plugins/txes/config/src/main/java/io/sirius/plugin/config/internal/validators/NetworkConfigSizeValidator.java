package io.sirius.plugin.config.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.config.internal.config.NetworkConfigSettings;
import io.sirius.plugin.config.model.NetworkConfigNotification;

/**
 * The two texts may not exceed the sizes the config plugin's section allows at the current height
 * ({@code maxBlockChainConfigSize} and {@code maxSupportedEntityVersionsSize}).
 */
public final class NetworkConfigSizeValidator implements StatelessValidator<NetworkConfigNotification> {

    @Override
    public Class<NetworkConfigNotification> notificationType() {
        return NetworkConfigNotification.class;
    }

    @Override
    public ResultCode validate(NetworkConfigNotification notification, ValidationContext context) {
        NetworkConfigSettings settings = context.config(NetworkConfigSettings.SECTION);
        if (notification.blockChainConfigSize() > settings.maxBlockChainConfigSize()) {
            return NetworkConfigResults.BLOCKCHAIN_CONFIG_TOO_LARGE;
        }
        if (notification.supportedEntityVersionsSize() > settings.maxSupportedEntityVersionsSize()) {
            return NetworkConfigResults.SUPPORTED_ENTITY_VERSIONS_CONFIG_TOO_LARGE;
        }
        return ResultCodes.SUCCESS;
    }
}
