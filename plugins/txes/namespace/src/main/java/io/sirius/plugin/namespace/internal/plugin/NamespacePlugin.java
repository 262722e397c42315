package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.namespace.internal.cache.GraceEnds;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.internal.observers.AliasedAddressIndexObserver;
import io.sirius.plugin.namespace.internal.observers.AliasedAddressObserver;
import io.sirius.plugin.namespace.internal.observers.AliasedMosaicIndexObserver;
import io.sirius.plugin.namespace.internal.observers.AliasedMosaicObserver;
import io.sirius.plugin.namespace.internal.observers.ChildNamespaceObserver;
import io.sirius.plugin.namespace.internal.observers.NamespaceExpiryObserver;
import io.sirius.plugin.namespace.internal.observers.NamespaceExpiryReceiptObserver;
import io.sirius.plugin.namespace.internal.observers.NamespaceExpiryScheduleObserver;
import io.sirius.plugin.namespace.internal.observers.NamespaceOwnerIndexObserver;
import io.sirius.plugin.namespace.internal.observers.RootNamespaceObserver;
import io.sirius.plugin.namespace.internal.observers.RootTakeoverAliasIndexObserver;
import io.sirius.plugin.namespace.internal.observers.RootTakeoverChildrenObserver;
import io.sirius.plugin.namespace.internal.resolvers.NamespaceAddressResolver;
import io.sirius.plugin.namespace.internal.resolvers.NamespaceMosaicResolver;
import io.sirius.plugin.namespace.internal.rest.AccountNamesRoute;
import io.sirius.plugin.namespace.internal.rest.AccountNamespacesRoute;
import io.sirius.plugin.namespace.internal.rest.AccountsNamespacesRoute;
import io.sirius.plugin.namespace.internal.rest.MosaicNamesRoute;
import io.sirius.plugin.namespace.internal.rest.NamespaceNamesRoute;
import io.sirius.plugin.namespace.internal.rest.NamespaceRoute;
import io.sirius.plugin.namespace.internal.validators.AddressAliasAccountValidator;
import io.sirius.plugin.namespace.internal.validators.AddressAliasUnlinkValidator;
import io.sirius.plugin.namespace.internal.validators.AliasActionValidator;
import io.sirius.plugin.namespace.internal.validators.AliasAvailabilityValidator;
import io.sirius.plugin.namespace.internal.validators.AliasMosaicOwnerValidator;
import io.sirius.plugin.namespace.internal.validators.ChildNamespaceAvailabilityValidator;
import io.sirius.plugin.namespace.internal.validators.MosaicAliasUnlinkValidator;
import io.sirius.plugin.namespace.internal.validators.NamespaceDurationOverflowValidator;
import io.sirius.plugin.namespace.internal.validators.NamespaceNameIdValidator;
import io.sirius.plugin.namespace.internal.validators.NamespaceNameValidator;
import io.sirius.plugin.namespace.internal.validators.NamespaceReservedNameValidator;
import io.sirius.plugin.namespace.internal.validators.NamespaceRequiredValidator;
import io.sirius.plugin.namespace.internal.validators.NamespaceResults;
import io.sirius.plugin.namespace.internal.validators.NamespaceTypeValidator;
import io.sirius.plugin.namespace.internal.validators.RootNamespaceAvailabilityValidator;
import io.sirius.plugin.namespace.internal.validators.RootNamespaceDurationValidator;
import io.sirius.plugin.namespace.internal.validators.RootNamespaceEternalValidator;
import io.sirius.plugin.namespace.internal.validators.RootNamespaceMaxChildrenValidator;
import io.sirius.plugin.namespace.model.AddressAliasTransaction;
import io.sirius.plugin.namespace.model.MosaicAliasTransaction;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import io.sirius.plugin.namespace.state.NamespaceCache;
import org.osgi.service.component.annotations.Component;

/**
 * The namespace family: rented names (Register_Namespace 0x414E, roots with a rental duration and fee, children up
 * to depth 3) and aliases of addresses and mosaics (Alias_Address 0x424E, Alias_Mosaic 0x434E), with the resolvers
 * the kernel uses to turn aliases in transactions into addresses and mosaic ids. It owns the Namespace cache and serves
 * the namespace REST routes.
 *
 * <p>Order matters where a notification has several validators or observers: they run in registration order (and
 * observers in reverse order on rollback); see the observers' package documentation. The rental fee is derived
 * (NamespaceRentalFeeDerivation) because only a derivation sees the config a handler does not. The plugin also
 * judges the API's NamespaceRequiredNotification, which other families publish.
 */
@SiriusPlugin(value = "namespace", types = {"0x414E", "0x424E", "0x434E"})
@Component(service = TransactionPlugin.class)
public final class NamespacePlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "namespace";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(NamespaceConfig.SECTION);

        registrar.transaction(new TransactionDescriptor<>("Register_Namespace", NamespaceTypes.REGISTER_NAMESPACE,
                NamespaceTypes.REGISTER_NAMESPACE_VERSION, NamespaceTypes.REGISTER_NAMESPACE_VERSION, true,
                RegisterNamespaceTransaction.class, new RegisterNamespaceTransactionCodec(),
                new RegisterNamespaceTransactionHandler()));
        registrar.transaction(new TransactionDescriptor<>("Alias_Address", NamespaceTypes.ADDRESS_ALIAS,
                NamespaceTypes.ADDRESS_ALIAS_VERSION, NamespaceTypes.ADDRESS_ALIAS_VERSION, true,
                AddressAliasTransaction.class, new AddressAliasTransactionCodec(), new AddressAliasTransactionHandler()));
        registrar.transaction(new TransactionDescriptor<>("Alias_Mosaic", NamespaceTypes.MOSAIC_ALIAS,
                NamespaceTypes.MOSAIC_ALIAS_VERSION, NamespaceTypes.MOSAIC_ALIAS_VERSION, true,
                MosaicAliasTransaction.class, new MosaicAliasTransactionCodec(), new MosaicAliasTransactionHandler()));
        registrar.transactionJson(NamespaceTypes.REGISTER_NAMESPACE, new RegisterNamespaceTransactionJson());
        registrar.transactionJson(NamespaceTypes.ADDRESS_ALIAS, new AddressAliasTransactionJson());
        registrar.transactionJson(NamespaceTypes.MOSAIC_ALIAS, new MosaicAliasTransactionJson());
        registrar.results(NamespaceResults.values());

        registrar.statelessValidator(new NamespaceTypeValidator());
        registrar.statelessValidator(new NamespaceNameValidator());
        registrar.statelessValidator(new NamespaceNameIdValidator());
        registrar.statelessValidator(new NamespaceReservedNameValidator());
        registrar.statelessValidator(new RootNamespaceDurationValidator());
        registrar.statelessValidator(new RootNamespaceEternalValidator());
        registrar.statelessValidator(new AliasActionValidator());

        registrar.statefulValidator(new RootNamespaceAvailabilityValidator());
        registrar.statefulValidator(new NamespaceDurationOverflowValidator());
        registrar.statefulValidator(new ChildNamespaceAvailabilityValidator());
        registrar.statefulValidator(new RootNamespaceMaxChildrenValidator());
        registrar.statefulValidator(new AliasAvailabilityValidator());
        registrar.statefulValidator(new AddressAliasUnlinkValidator());
        registrar.statefulValidator(new AddressAliasAccountValidator());
        registrar.statefulValidator(new MosaicAliasUnlinkValidator());
        registrar.statefulValidator(new AliasMosaicOwnerValidator());
        registrar.statefulValidator(new NamespaceRequiredValidator());

        registrar.observer(new RootNamespaceObserver());
        registrar.observer(new RootTakeoverChildrenObserver());
        registrar.observer(new RootTakeoverAliasIndexObserver());
        registrar.observer(new NamespaceOwnerIndexObserver());
        registrar.observer(new NamespaceExpiryScheduleObserver());
        registrar.observer(new ChildNamespaceObserver());
        registrar.observer(new AliasedAddressObserver());
        registrar.observer(new AliasedAddressIndexObserver());
        registrar.observer(new AliasedMosaicObserver());
        registrar.observer(new AliasedMosaicIndexObserver());
        registrar.observer(new NamespaceExpiryObserver());
        registrar.observer(new NamespaceExpiryReceiptObserver());

        registrar.derivation(new NamespaceRentalFeeDerivation());

        registrar.cache(NamespaceCache.DESCRIPTOR);
        registrar.index(GraceEnds.DESCRIPTOR);

        registrar.route(NamespaceRoute.descriptor());
        registrar.route(NamespaceNamesRoute.descriptor());
        registrar.route(AccountNamespacesRoute.descriptor());
        registrar.route(AccountsNamespacesRoute.descriptor());
        registrar.route(AccountNamesRoute.descriptor());
        registrar.route(MosaicNamesRoute.descriptor());

        registrar.mosaicResolver(new NamespaceMosaicResolver());
        registrar.addressResolver(new NamespaceAddressResolver());
    }
}
