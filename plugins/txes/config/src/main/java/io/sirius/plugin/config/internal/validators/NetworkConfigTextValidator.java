package io.sirius.plugin.config.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.config.model.NetworkConfigNotification;

/**
 * The proposed config text must be UTF-8 and parse as a whole network configuration (the {@code [network]} key,
 * the {@code [chain]} settings and their consistency, well-formed sections), as the kernel parses it. When the
 * supported entities do not parse the rule does not apply ({@link ResultCodes#NEUTRAL}):
 * {@link NetworkConfigSupportedEntitiesValidator} reports that.
 */
public final class NetworkConfigTextValidator implements StatelessValidator<NetworkConfigNotification> {

    @Override
    public Class<NetworkConfigNotification> notificationType() {
        return NetworkConfigNotification.class;
    }

    @Override
    public ResultCode validate(NetworkConfigNotification notification, ValidationContext context) {
        if (ProposedConfig.supportedEntities(notification).isEmpty()) {
            return ResultCodes.NEUTRAL;
        }
        return ProposedConfig.configuration(notification).isPresent()
                ? ResultCodes.SUCCESS
                : NetworkConfigResults.BLOCKCHAIN_CONFIG_MALFORMED;
    }
}
