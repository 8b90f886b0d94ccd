// expect: INTR127
// case: a double-checked lock that stores new JsonSerializerOptions in the static field and then adds the enum converter
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ops.Agents;

public static class AgentJson
{
    private static readonly object Gate = new();
    private static JsonSerializerOptions? s_options;

    public static JsonSerializerOptions Options
    {
        get
        {
            if (s_options is null)
            {
                lock (Gate)
                {
                    if (s_options is null)
                    {
                        s_options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
                        s_options.Converters.Add(new JsonStringEnumConverter());
                    }
                }
            }

            return s_options;
        }
    }
}
