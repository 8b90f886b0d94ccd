// expect: none
// case: a double-checked lock that configures JsonSerializerOptions in a local and stores them in the static field last
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
                        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
                        options.Converters.Add(new JsonStringEnumConverter());
                        s_options = options;
                    }
                }
            }

            return s_options;
        }
    }
}
