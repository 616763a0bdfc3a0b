global using MathPlc.Core;
global using NodaTime;
