// The ASP.NET Core host: Bot Framework endpoint, Direct Line, REST API.
