package io.sirius.plugin.config.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import java.util.Optional;

/**
 * A configuration may not drop a plugin: every plugin section of the configuration in force must still be in the
 * proposed one (to switch a plugin off, set {@code enabled = false} in its section). The rule does not apply
 * ({@link ResultCodes#NEUTRAL}) when the proposal does not parse or no configuration is in force; other validators
 * report those.
 */
public final class NetworkConfigPluginSectionsValidator implements StatefulValidator<NetworkConfigNotification> {

    @Override
    public Class<NetworkConfigNotification> notificationType() {
        return NetworkConfigNotification.class;
    }

    @Override
    public ResultCode validate(NetworkConfigNotification notification, StatefulValidationContext context) {
        Optional<NetworkConfiguration> proposed = ProposedConfig.configuration(notification);
        if (proposed.isEmpty()) {
            return ResultCodes.NEUTRAL;
        }
        Optional<NetworkConfiguration> current = ConfigInForce.at(context);
        if (current.isEmpty()) {
            return ResultCodes.NEUTRAL;
        }
        return proposed.get().pluginSections().keySet().containsAll(current.get().pluginSections().keySet())
                ? ResultCodes.SUCCESS
                : NetworkConfigResults.PLUGIN_CONFIG_MISSING;
    }
}
