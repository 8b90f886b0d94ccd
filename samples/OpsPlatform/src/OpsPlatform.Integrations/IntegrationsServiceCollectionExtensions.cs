using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsPlatform.Integrations.Agents;
using OpsPlatform.Integrations.Email;
using OpsPlatform.Integrations.Monitoring;
using OpsPlatform.Integrations.Sms;
using OpsPlatform.Integrations.Storage;

namespace OpsPlatform.Integrations;

public static class IntegrationsServiceCollectionExtensions
{
    /// <summary>Registers the API clients for monitoring, storage, server agents, SMS and e-mail.</summary>
    public static IServiceCollection AddOpsIntegrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddTimeProvider();

        services.AddOptions<MonitoringApiOptions>()
            .Bind(configuration.GetSection(MonitoringApiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<StorageApiOptions>()
            .Bind(configuration.GetSection(StorageApiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AgentApiOptions>()
            .Bind(configuration.GetSection(AgentApiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SmsGatewayOptions>()
            .Bind(configuration.GetSection(SmsGatewayOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Monitoring: one shared session, typed JSON-RPC client on top of it.
        services.AddSingleton<MonitoringSession>();
        services.AddHttpClient(MonitoringSession.HttpClientName);
        services.AddHttpClient<IMonitoringApi, MonitoringApiClient>((sp, http) =>
        {
            var settings = sp.GetRequiredService<IOptions<MonitoringApiOptions>>().Value;
            http.BaseAddress = settings.Endpoint;
            http.Timeout = settings.RequestTimeout;
        });

        // Storage: client-credentials token added by a delegating handler.
        services.AddSingleton<StorageTokenProvider>();
        services.AddTransient<StorageAuthHandler>();
        services.AddHttpClient(StorageTokenProvider.HttpClientName, (sp, http) =>
            http.BaseAddress = sp.GetRequiredService<IOptions<StorageApiOptions>>().Value.BaseAddress);
        services.AddHttpClient<IStorageApi, StorageApiClient>((sp, http) =>
            {
                var settings = sp.GetRequiredService<IOptions<StorageApiOptions>>().Value;
                http.BaseAddress = settings.BaseAddress;
                http.Timeout = settings.RequestTimeout;
            })
            .AddHttpMessageHandler<StorageAuthHandler>();

        services.AddHttpClient<IServerAgentClient, ServerAgentClient>((sp, http) =>
        {
            var settings = sp.GetRequiredService<IOptions<AgentApiOptions>>().Value;
            http.BaseAddress = settings.BaseAddress;
            http.DefaultRequestHeaders.Add("X-Api-Key", settings.ApiKey);
        });

        services.AddHttpClient<ISmsGateway, SmsGatewayClient>((sp, http) =>
        {
            var settings = sp.GetRequiredService<IOptions<SmsGatewayOptions>>().Value;
            http.BaseAddress = settings.BaseAddress;
            http.DefaultRequestHeaders.Authorization = new("Bearer", settings.ApiKey);
        });

        services.AddTransient<IEmailSender, SmtpEmailSender>();

        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
