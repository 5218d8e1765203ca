# The one image: serves (default) or, with the argument "migrate", applies the schema and exits.
#   docker build -t registry.example.com/codemyspec/silo:<tag> .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# Project files first, so the restore layer is reused while only sources change.
COPY src/Grains.Abstractions/Grains.Abstractions.csproj src/Grains.Abstractions/
COPY src/Grains/Grains.csproj src/Grains/
COPY src/Api/Api.csproj src/Api/
COPY src/Silo/Silo.csproj src/Silo/
RUN dotnet restore src/Silo/Silo.csproj
COPY src/ src/
RUN dotnet publish src/Silo/Silo.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# HTTP on 8080 through ASPNETCORE_URLS (the Kubernetes ConfigMap sets the same); the base image's
# ASPNETCORE_HTTP_PORTS is cleared so the two do not compete. 11111 = silo, 30000 = gateway.
ENV ASPNETCORE_HTTP_PORTS="" \
    ASPNETCORE_URLS="http://+:8080"
EXPOSE 8080 11111 30000
# The non-root "app" user (UID 1654) that the .NET images define.
USER $APP_UID
ENTRYPOINT ["dotnet", "CodeMySpec.Silo.dll"]
