#pragma once

#include <array>

/// Word lists for the Guatemalan demo world (UTF-8).
namespace demo_names {

inline constexpr std::array kFemaleNames = {
    "María",     "Ana",    "Lucía",   "Sofía",   "Gabriela", "Andrea", "Daniela",   "Fernanda", "Valeria",
    "Carmen",    "Rosa",   "Marta",   "Claudia", "Patricia", "Mónica", "Alejandra", "Paola",    "Karla",
    "Jimena",    "Isabel", "Beatriz", "Lorena",  "Silvia",   "Elena",  "Verónica",  "Julia",    "Sara",
    "Estefanía", "Ximena", "Mariela", "Ingrid",  "Yolanda",  "Brenda", "Heidy",     "Astrid",   "Lesbia"};
inline constexpr std::array kMaleNames = {
    "José",   "Juan",     "Luis",      "Carlos",  "Jorge",    "Miguel",  "Pedro",  "Mario",   "Francisco",
    "Manuel", "Diego",    "Javier",    "Ricardo", "Fernando", "Roberto", "Andrés", "Eduardo", "Sergio",
    "Óscar",  "Julio",    "Alejandro", "Rafael",  "Héctor",   "Raúl",    "Víctor", "Edgar",   "Byron",
    "Otto",   "Estuardo", "Rodrigo",   "Pablo",   "Hugo",     "Erick",   "Kevin",  "Selvin",  "Marvin"};
inline constexpr std::array kLastNames = {
    "García",     "López",    "Pérez",    "González", "Rodríguez", "Hernández", "Martínez", "Morales",   "Ramírez",
    "Castillo",   "Méndez",   "Cruz",     "Reyes",    "Ruiz",      "Díaz",      "Sánchez",  "Juárez",    "Ortiz",
    "Gómez",      "Alvarado", "Mejía",    "Flores",   "Chávez",    "Estrada",   "Orellana", "Barrios",   "Cifuentes",
    "Monterroso", "Arévalo",  "Sandoval", "Aguilar",  "Velásquez", "Marroquín", "Batres",   "Pineda",    "Coyoy",
    "Tzul",       "Xicará",   "Choc",     "Ajú",      "Cojulún",   "De León",   "Girón",    "Solórzano", "Paz"};
inline constexpr std::array kPlaces = {"Zona 1, Ciudad de Guatemala",
                                       "Zona 10, Ciudad de Guatemala",
                                       "Zona 15, Ciudad de Guatemala",
                                       "Mixco, Guatemala",
                                       "Villa Nueva, Guatemala",
                                       "San Miguel Petapa, Guatemala",
                                       "Quetzaltenango",
                                       "Antigua Guatemala, Sacatepéquez",
                                       "Escuintla",
                                       "Cobán, Alta Verapaz",
                                       "Huehuetenango",
                                       "Chimaltenango",
                                       "Santa Catarina Pinula, Guatemala",
                                       "Puerto Barrios, Izabal",
                                       "Retalhuleu"};
inline constexpr std::array kDomains = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "correo.gt"};
inline constexpr std::array kShops = {"Supermercados La Torre",
                                      "Paiz Roosevelt",
                                      "Walmart Miraflores",
                                      "Farmacia Galeno",
                                      "Pollo Campero",
                                      "Gasolinera Puma",
                                      "Cemaco",
                                      "Despensa Familiar",
                                      "Farmacias Cruz Verde",
                                      "Pricesmart",
                                      "Sarita",
                                      "Pappa John's Z10",
                                      "Tienda Max",
                                      "Librería Progreso",
                                      "Café Barista"};
inline constexpr std::array kOnlineShops = {"Amazon", "Tigo Recargas", "Claro Guatemala",    "Netflix",
                                            "Uber",   "Spotify",       "Cinepolis en línea", "Hugo App"};

} // namespace demo_names
